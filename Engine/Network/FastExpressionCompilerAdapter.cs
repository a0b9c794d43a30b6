using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Inspection.Engine.Network;

/// <summary>
/// NRules' expression compiler replaced by FastExpressionCompiler (about ten times faster to compile
/// the network); an expression it cannot compile falls back to the framework's compiler.
/// </summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
