using System.Text.Json.Serialization;

namespace Labs.Grading.Execution.Protocol;

/// <summary>Compile-time JSON serialisation of the host protocol, which keeps the host's start-up short.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HostRecord))]
[JsonSerializable(typeof(HostRequest))]
internal sealed partial class ProtocolJson : JsonSerializerContext;
