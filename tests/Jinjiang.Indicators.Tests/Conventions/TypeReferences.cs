using Mono.Cecil;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>
/// Every type each type of an assembly refers to, read from its metadata and IL with Mono.Cecil: base types,
/// interfaces, attributes (and the types their arguments name), fields, properties, events, signatures, generic
/// arguments and constraints, locals, catch clauses, and every type, method and field a method body touches.
/// Compiler-generated nested types (closures, iterators, async state machines) count as their declaring type's.
/// </summary>
internal static class TypeReferences
{
    /// <summary>One reference: the referring type (outermost), where it refers, and the namespace it refers to.</summary>
    internal sealed record Reference(string FromType, string FromNamespace, string Where, string ToType, string ToNamespace);

    internal static IReadOnlyList<Reference> Of(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new List<Reference>();
        foreach (var type in module.Types)
        {
            Walk(type, type, found);
        }

        return found;
    }

    private static void Walk(TypeDefinition outer, TypeDefinition type, List<Reference> found)
    {
        void Add(TypeReference? t, string where)
        {
            foreach (var named in Expand(t))
            {
                var top = named;
                while (top.DeclaringType is { } d)
                {
                    top = d;
                }

                found.Add(new(outer.FullName, outer.Namespace, where, named.FullName, top.Namespace));
            }
        }

        void Attributes(ICustomAttributeProvider provider, string where)
        {
            foreach (var a in provider.CustomAttributes)
            {
                var tag = $" [attribute {a.AttributeType.Name}]";
                Add(a.AttributeType, where + tag);
                foreach (var arg in a.ConstructorArguments.Concat(a.Properties.Select(p => p.Argument)).Concat(a.Fields.Select(f => f.Argument)))
                {
                    Add(arg.Type, where + tag);
                    if (arg.Value is TypeReference named)
                    {
                        Add(named, where + tag);
                    }
                }
            }
        }

        void Generics(IGenericParameterProvider provider, string where)
        {
            foreach (var g in provider.GenericParameters)
            {
                foreach (var c in g.Constraints)
                {
                    Add(c.ConstraintType, where + " [constraint]");
                }
            }
        }

        var name = type.FullName;
        Add(type.BaseType, name + " [base]");
        foreach (var i in type.Interfaces)
        {
            Add(i.InterfaceType, name + " [interface]");
        }

        Attributes(type, name);
        Generics(type, name);
        foreach (var f in type.Fields)
        {
            Add(f.FieldType, $"{name}.{f.Name}");
            Attributes(f, $"{name}.{f.Name}");
        }

        foreach (var p in type.Properties)
        {
            Add(p.PropertyType, $"{name}.{p.Name}");
            Attributes(p, $"{name}.{p.Name}");
        }

        foreach (var e in type.Events)
        {
            Add(e.EventType, $"{name}.{e.Name}");
        }

        foreach (var m in type.Methods)
        {
            var where = $"{name}.{m.Name}";
            Add(m.ReturnType, where);
            Attributes(m, where);
            Attributes(m.MethodReturnType, where);
            Generics(m, where);
            foreach (var p in m.Parameters)
            {
                Add(p.ParameterType, where);
                Attributes(p, where);
            }

            if (!m.HasBody)
            {
                continue;
            }

            foreach (var v in m.Body.Variables)
            {
                Add(v.VariableType, where + " [local]");
            }

            foreach (var h in m.Body.ExceptionHandlers)
            {
                Add(h.CatchType, where + " [catch]");
            }

            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t, where + " [body]");
                        break;
                    case MethodReference called:
                        Add(called.DeclaringType, where + " [body]");
                        Add(called.ReturnType, where + " [body]");
                        foreach (var p in called.Parameters)
                        {
                            Add(p.ParameterType, where + " [body]");
                        }

                        if (called is GenericInstanceMethod generic)
                        {
                            foreach (var a in generic.GenericArguments)
                            {
                                Add(a, where + " [body]");
                            }
                        }

                        break;
                    case FieldReference field:
                        Add(field.DeclaringType, where + " [body]");
                        Add(field.FieldType, where + " [body]");
                        break;
                    case CallSite site:
                        Add(site.ReturnType, where + " [body]");
                        break;
                }
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            Walk(outer, nested, found);
        }
    }

    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType))
                {
                    yield return t;
                }

                foreach (var a in generic.GenericArguments)
                {
                    foreach (var t in Expand(a))
                    {
                        yield return t;
                    }
                }

                break;
            case TypeSpecification spec:
                foreach (var t in Expand(spec.ElementType))
                {
                    yield return t;
                }

                break;
            default:
                yield return type;
                break;
        }
    }
}
