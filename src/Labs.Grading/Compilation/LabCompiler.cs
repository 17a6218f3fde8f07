using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Labs.Grading.Rules;
using Labs.Grading.Submissions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Labs.Grading.Compilation;

/// <summary>
/// Compiles students' versions of one lab with Roslyn, in the grader's process and without MSBuild.
/// It is prepared once per lab from one build of the pristine lab project (its reference assemblies, settings and
/// files); each submission then replaces the lab's files with the student's and compiles in a fraction of a second.
/// The result is an assembly with the lab's name and version, so the hidden tests built against the pristine lab run
/// against it unchanged. Only the lab's own references are available, so student code cannot use the test framework.
/// </summary>
/// <example>
/// <code>
/// var compiler = await LabCompiler.PrepareAsync(lab.LabProjectPath);
/// var build = compiler.Compile(intake.Read("submissions/alice.zip"), "work/alice");
/// Console.WriteLine(build.Succeeded ? build.AssemblyPath : build.ToFeedbackText());
/// </code>
/// </example>
public sealed class LabCompiler
{
    private const string SolutionSymbol = "SOLUTION";
    private const string NUnitNote =
        "Lab code cannot use NUnit: the test framework is not available to the Lab project, so calls such as Assert.Pass() do not compile. Only the tests use NUnit.";

    private readonly string _labRoot;
    private readonly string _projectPrefix;
    private readonly CSharpParseOptions _parseOptions;
    private readonly CSharpCompilation _baseCompilation;
    private readonly ImmutableDictionary<string, SyntaxTree> _labTrees;
    private readonly Dictionary<string, string> _interface;
    private readonly ForbiddenApiCheck _forbidden;
    private readonly LabCompilerOptions _options;
    private readonly LabProjectFacts _facts;

    private LabCompiler(LabProjectFacts facts, string labRoot, LabCompilerOptions options)
    {
        _facts = facts;
        _options = options;
        _labRoot = Path.GetFullPath(labRoot);
        _projectPrefix = Relative(facts.ProjectDirectory).TrimEnd('/') + "/";
        AssemblyName = facts.AssemblyName;
        _parseOptions = new CSharpParseOptions(
            LanguageVersion(facts.LangVersion),
            DocumentationMode.None,
            SourceCodeKind.Regular,
            facts.DefineConstants.Where(d => d != SolutionSymbol));
        var compileOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            checkOverflow: facts.CheckForOverflowUnderflow,
            allowUnsafe: facts.AllowUnsafeBlocks,
            nullableContextOptions: Nullable(facts.Nullable),
            deterministic: true,
            specificDiagnosticOptions: facts.NoWarn.Select(Warning).OfType<string>().Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress)));

        var generated = new List<SyntaxTree>();
        var labTrees = ImmutableDictionary.CreateBuilder<string, SyntaxTree>(StringComparer.Ordinal);
        var objFolder = Path.Combine(facts.ProjectDirectory, "obj") + Path.DirectorySeparatorChar;
        foreach (var file in facts.CompileFiles)
        {
            var relative = Relative(file);
            var tree = Parse(File.ReadAllText(file), relative);
            var isLabFile = relative.StartsWith(_projectPrefix, StringComparison.Ordinal) && !file.StartsWith(objFolder, StringComparison.Ordinal);
            if (isLabFile)
            {
                labTrees[relative] = tree;
            }
            else
            {
                generated.Add(tree);
            }
        }

        _labTrees = labTrees.ToImmutable();
        LabSourceFiles = [.. _labTrees.Keys.Order(StringComparer.Ordinal)];
        var references = facts.ReferencePaths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        _baseCompilation = CSharpCompilation.Create(AssemblyName, generated, references, compileOptions);
        ForbiddenApis = ForbiddenApiRules.ForLab(options.ForbiddenApis);
        _forbidden = new ForbiddenApiCheck(ForbiddenApis);

        // Compile the pristine lab once: it must compile, and to the very assembly identity the hidden tests were built against.
        var pristine = _baseCompilation.AddSyntaxTrees(_labTrees.Values);
        var errors = pristine.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new LabBuildException($"The pristine lab in {facts.ProjectDirectory} does not compile without the {SolutionSymbol} symbol:\n{string.Join('\n', errors.Take(20))}");
        }

        // Emitting once here also warms up the compiler's code generation, so the first submission is as quick as the rest.
        using (var warmUp = new MemoryStream())
        using (var warmUpSymbols = new MemoryStream())
        {
            pristine.Emit(warmUp, warmUpSymbols);
        }

        _interface = LabInterface.Of(pristine.Assembly);
        if (File.Exists(facts.TargetPath))
        {
            var built = System.Reflection.AssemblyName.GetAssemblyName(facts.TargetPath);
            var compiled = pristine.Assembly.Identity;
            if (built.Name != compiled.Name || built.Version != compiled.Version || !(built.GetPublicKeyToken() ?? []).SequenceEqual(compiled.PublicKeyToken))
            {
                throw new LabBuildException($"The lab compiled by the grader ({compiled}) would not replace the one MSBuild built ({built.FullName}); the hidden tests could not load it.");
            }
        }
    }

    /// <summary>The name of the compiled assembly, the same as the lab project's (normally <c>Lab</c>).</summary>
    public string AssemblyName { get; }

    /// <summary>The lab's own source files, as paths inside the lab folder (e.g. <c>Lab/Filtering.cs</c>); a student's file with the same path replaces one.</summary>
    public IReadOnlyList<string> LabSourceFiles { get; }

    /// <summary>
    /// The forbidden APIs this compiler reports as <c>LAB002</c> errors: <see cref="ForbiddenApiRules.Default"/> and the
    /// lab's <see cref="LabCompilerOptions.ForbiddenApis"/>. Scan the compiled lab with the same rules.
    /// </summary>
    public IReadOnlyList<ForbiddenApiRule> ForbiddenApis { get; }

    /// <summary>How long preparing took, the one build of the pristine lab included.</summary>
    public TimeSpan PreparationTime { get; private init; }

    /// <summary>
    /// Prepares the compiler for a lab: builds the pristine lab project once with <c>dotnet build</c> and reads the
    /// reference assemblies it compiled against, its settings (language version, nullable, defined symbols, implicit
    /// usings, assembly version) and its source files. Reference assemblies are loaded once and shared by every compilation.
    /// </summary>
    /// <param name="labProjectPath">The pristine lab project, e.g. <c>templates/filtering/Lab/Lab.csproj</c>.</param>
    /// <param name="options">Build configuration, time limits and extra forbidden names; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <returns>A compiler that can compile any number of submissions of the lab, also at the same time.</returns>
    /// <exception cref="LabBuildException">The pristine lab does not build or compile.</exception>
    public static async Task<LabCompiler> PrepareAsync(string labProjectPath, LabCompilerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labProjectPath);
        options ??= new LabCompilerOptions();
        var clock = Stopwatch.StartNew();
        var projectPath = Path.GetFullPath(labProjectPath);
        if (!File.Exists(projectPath))
        {
            throw new LabBuildException($"PrepareAsync(\"{labProjectPath}\"): the lab project does not exist.");
        }

        var facts = await LabProjectFacts.ReadAsync(projectPath, options, cancellationToken).ConfigureAwait(false);
        var labRoot = Path.GetDirectoryName(Path.GetDirectoryName(projectPath))!;
        return new LabCompiler(facts, labRoot, options) { PreparationTime = clock.Elapsed };
    }

    /// <summary>The same lab with other compile options (the build is not repeated; <see cref="LabCompilerOptions.Configuration"/> is not changed).</summary>
    internal LabCompiler WithOptions(LabCompilerOptions options) => new(_facts, _labRoot, options) { PreparationTime = PreparationTime };

    /// <summary>Compiles a submission's accepted files together with the lab's other files; see <see cref="Compile(IReadOnlyList{SubmittedFile}, string, CancellationToken)"/>.</summary>
    /// <param name="submission">The submission as <see cref="SubmissionIntake"/> took it in.</param>
    /// <param name="outputFolder">The folder to write the assembly and its symbols to; it is created if needed.</param>
    /// <param name="cancellationToken">Stops the compilation.</param>
    /// <returns>The assembly's path, or the errors with paths inside the lab folder.</returns>
    public LabBuildResult Compile(SubmissionFiles submission, string outputFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return Compile(submission.Files, outputFolder, cancellationToken);
    }

    /// <summary>
    /// Compiles the student's C# files of the lab project together with the lab's files the student did not hand in,
    /// and writes the lab assembly and its portable PDB to <paramref name="outputFolder"/>. Compiler errors, uses of
    /// forbidden names and a compilation that takes too long become messages in the result, never exceptions.
    /// </summary>
    /// <param name="files">The student's files; those that are C# files inside the lab project folder are compiled, others are left alone.</param>
    /// <param name="outputFolder">The folder to write the assembly and its symbols to; it is created if needed.</param>
    /// <param name="cancellationToken">Stops the compilation.</param>
    /// <returns>The assembly's path, or the errors with paths inside the lab folder.</returns>
    public LabBuildResult Compile(IReadOnlyList<SubmittedFile> files, string outputFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(outputFolder);
        var clock = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.CompileTimeout);
        try
        {
            return Compile(files, outputFolder, clock, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"Compiling your code took longer than {_options.CompileTimeout.TotalSeconds:0} s and was stopped.");
            return Failed([new CompilerMessage(string.Empty, 0, 0, "LAB003", CompilerMessageSeverity.Error, message)], [], clock);
        }
    }

    private LabBuildResult Compile(IReadOnlyList<SubmittedFile> files, string outputFolder, Stopwatch clock, CancellationToken cancellationToken)
    {
        var trees = _labTrees;
        var studentTrees = new List<SyntaxTree>();
        foreach (var file in files.Where(f => f.RelativePath.StartsWith(_projectPrefix, StringComparison.Ordinal) && f.RelativePath.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var tree = Parse(file.Text, file.RelativePath, cancellationToken);
            studentTrees.Add(tree);
            trees = trees.SetItem(file.RelativePath, tree);
        }

        var compilation = _baseCompilation.AddSyntaxTrees(trees.Values);
        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitOptions = new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: AssemblyName + ".pdb");
        var emitted = compilation.Emit(assembly, symbols, options: emitOptions, cancellationToken: cancellationToken);
        var studentPaths = studentTrees.Select(t => t.FilePath).ToHashSet(StringComparer.Ordinal);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Message).ToList();
        errors.AddRange(_forbidden.Find(compilation, studentTrees, cancellationToken));
        var warnings = emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning && !d.IsSuppressed && studentPaths.Contains(d.Location.GetLineSpan().Path))
            .Select(Message)
            .ToList();
        var notes = new List<string>();
        if (errors.Any(e => e.Text.Contains("NUnit", StringComparison.Ordinal)))
        {
            notes.Add(NUnitNote);
        }

        if (errors.Count > 0)
        {
            return Failed(errors, notes, clock);
        }

        warnings.AddRange(MissingInterface(compilation.Assembly));
        Directory.CreateDirectory(outputFolder);
        var assemblyPath = Path.Combine(Path.GetFullPath(outputFolder), AssemblyName + ".dll");
        var symbolsPath = Path.ChangeExtension(assemblyPath, ".pdb");
        File.WriteAllBytes(assemblyPath, assembly.ToArray());
        File.WriteAllBytes(symbolsPath, symbols.ToArray());
        return new LabBuildResult(true, assemblyPath, symbolsPath, [], Capped(warnings, "warnings", notes), notes, clock.Elapsed);
    }

    private IEnumerable<CompilerMessage> MissingInterface(IAssemblySymbol assembly)
    {
        var present = LabInterface.Of(assembly);
        return _interface
            .Where(member => !present.ContainsKey(member.Key))
            .OrderBy(member => member.Value, StringComparer.Ordinal)
            .Select(member => new CompilerMessage(
                string.Empty,
                0,
                0,
                LabInterface.Code,
                CompilerMessageSeverity.Warning,
                $"{member.Value} is part of the lab, but your code no longer has it, so the tests that use it will fail. Keep the names, parameters and return types the lab gave you."));
    }

    private LabBuildResult Failed(List<CompilerMessage> errors, List<string> notes, Stopwatch clock) =>
        new(false, null, null, Capped(errors, "errors", notes), [], notes, clock.Elapsed);

    private List<CompilerMessage> Capped(List<CompilerMessage> messages, string what, List<string> notes)
    {
        if (messages.Count <= _options.MaxMessages)
        {
            return messages;
        }

        notes.Add(string.Create(CultureInfo.InvariantCulture, $"{messages.Count - _options.MaxMessages} more {what} are not shown."));
        return messages[.._options.MaxMessages];
    }

    private static CompilerMessage Message(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var inFile = diagnostic.Location.IsInSource;
        return new CompilerMessage(
            inFile ? span.Path : string.Empty,
            inFile ? span.StartLinePosition.Line + 1 : 0,
            inFile ? span.StartLinePosition.Character + 1 : 0,
            diagnostic.Id,
            diagnostic.Severity == DiagnosticSeverity.Error ? CompilerMessageSeverity.Error : CompilerMessageSeverity.Warning,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    private SyntaxTree Parse(string text, string relativePath, CancellationToken cancellationToken = default) =>
        CSharpSyntaxTree.ParseText(text, _parseOptions, relativePath, System.Text.Encoding.UTF8, cancellationToken);

    private string Relative(string fullPath) => Path.GetRelativePath(_labRoot, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private static LanguageVersion LanguageVersion(string text) =>
        LanguageVersionFacts.TryParse(string.IsNullOrEmpty(text) ? "default" : text, out var version) ? version : Microsoft.CodeAnalysis.CSharp.LanguageVersion.Default;

    private static NullableContextOptions Nullable(string text) => text.ToUpperInvariant() switch
    {
        "ENABLE" => NullableContextOptions.Enable,
        "WARNINGS" => NullableContextOptions.Warnings,
        "ANNOTATIONS" => NullableContextOptions.Annotations,
        _ => NullableContextOptions.Disable,
    };

    /// <summary>The compiler id of a NoWarn entry: <c>1701</c> → <c>CS1701</c>; null for entries that are not numbers or ids.</summary>
    private static string? Warning(string entry) =>
        entry.All(char.IsAsciiDigit) ? "CS" + entry.PadLeft(4, '0') : entry.Length > 0 ? entry : null;
}
