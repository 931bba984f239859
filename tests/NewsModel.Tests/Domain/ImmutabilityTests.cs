using System.Reflection;
using System.Runtime.CompilerServices;

namespace NewsModel.Tests.Domain;

/// <summary>Every public domain type is immutable: no public setter other than init, no mutable public collection, no public field that can change.</summary>
public class ImmutabilityTests
{
    public static TheoryData<Type> DomainTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Article).Assembly.GetExportedTypes()
                     .Where(t => t.Namespace is "NewsModel" or "NewsModel.Blocks" && t.IsClass && !typeof(Exception).IsAssignableFrom(t) && !t.IsAbstract || t == typeof(NewsModel.Blocks.Block))
                     .Where(t => !(t.IsAbstract && t.IsSealed)))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DomainTypes))]
    public void DomainType_HasNoMutableState(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is { IsPublic: true })
            {
                var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(isInit, $"{type.Name}.{property.Name} has a public setter that is not init-only.");
            }

            var propertyType = property.PropertyType;
            if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() is var definition
                && (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(Dictionary<,>)))
            {
                Assert.Fail($"{type.Name}.{property.Name} exposes a mutable collection.");
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a public mutable field.");
        }

        Assert.True(type.IsSealed || type.IsAbstract, $"{type.Name} must be sealed (or the closed abstract base of a hierarchy).");
    }

    [Fact]
    public void DomainTypes_Found()
    {
        Assert.True(DomainTypes().Count >= 15);
    }
}
