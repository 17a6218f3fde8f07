using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Labs.Grading.Execution;

/// <summary>
/// Full names of the types an assembly's metadata refers to, as the forbidden-API rules write them: namespace and name
/// with dots, nested types after a <c>+</c>, generic types without their arguments (<c>System.Collections.Generic.List`1</c>),
/// arrays and pointers by their element type.
/// </summary>
internal sealed class TypeNames : ISignatureTypeProvider<string, object?>
{
    public string Of(MetadataReader metadata, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeReference => GetTypeFromReference(metadata, (TypeReferenceHandle)handle, 0),
        HandleKind.TypeDefinition => GetTypeFromDefinition(metadata, (TypeDefinitionHandle)handle, 0),
        HandleKind.TypeSpecification => metadata.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
        _ => string.Empty,
    };

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, 0)}.{name}"
            : Join(reader.GetString(type.Namespace), name);
    }

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? Join(reader.GetString(type.Namespace), name)
            : $"{GetTypeFromDefinition(reader, declaring, 0)}+{name}";
    }

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;

    public string GetArrayType(string elementType, ArrayShape shape) => elementType;

    public string GetSZArrayType(string elementType) => elementType;

    public string GetPointerType(string elementType) => elementType;

    public string GetByReferenceType(string elementType) => elementType;

    public string GetPinnedType(string elementType) => elementType;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "function pointer";

    private static string Join(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";
}
