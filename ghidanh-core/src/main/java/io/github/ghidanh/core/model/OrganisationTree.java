package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.CoreMessages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable tree of organisations: one root, every other node's parent present, no cycles, ids
 * unique. Children keep the order in which they were given.
 */
public final class OrganisationTree {
    private final Map<String, Organisation> byId;
    private final Map<String, List<Organisation>> children;
    private final Organisation root;

    private OrganisationTree(Map<String, Organisation> byId, Map<String, List<Organisation>> children, Organisation root) {
        this.byId = byId;
        this.children = children;
        this.root = root;
    }

    /**
     * Builds the tree.
     *
     * @throws ModelException if the list is empty, an id repeats, a parent is missing, there is
     *         not exactly one root, or the parent links form a cycle
     */
    public static OrganisationTree of(Collection<Organisation> organisations) {
        if (organisations == null || organisations.isEmpty()) {
            throw new ModelException("tree.empty", CoreMessages.of("model.tree.empty"));
        }
        Map<String, Organisation> byId = new LinkedHashMap<>();
        for (Organisation o : organisations) {
            if (o == null) {
                throw ModelException.required("OrganisationTree", "organisations[]");
            }
            if (byId.putIfAbsent(o.id(), o) != null) {
                throw new ModelException("tree.duplicateId", CoreMessages.of("model.tree.duplicateId", "id", o.id()));
            }
        }
        Organisation root = null;
        Map<String, List<Organisation>> children = new LinkedHashMap<>();
        for (Organisation o : byId.values()) {
            children.put(o.id(), new ArrayList<>());
        }
        for (Organisation o : byId.values()) {
            if (o.parentId() == null) {
                if (root != null) {
                    throw new ModelException("tree.twoRoots",
                            CoreMessages.of("model.tree.twoRoots", "first", root.id(), "second", o.id()));
                }
                root = o;
            } else if (!byId.containsKey(o.parentId())) {
                throw new ModelException("tree.missingParent",
                        CoreMessages.of("model.tree.missingParent", "id", o.id(), "parent", o.parentId()));
            } else {
                children.get(o.parentId()).add(o);
            }
        }
        if (root == null) {
            throw new ModelException("tree.cycle", CoreMessages.of("model.tree.cycle.noRoot"));
        }
        // every node must be reachable from the root, otherwise there is a cycle
        Set<String> seen = new HashSet<>();
        List<Organisation> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Organisation o = stack.remove(stack.size() - 1);
            if (seen.add(o.id())) {
                stack.addAll(children.get(o.id()));
            }
        }
        if (seen.size() != byId.size()) {
            String stray = byId.keySet().stream().filter(id -> !seen.contains(id)).findFirst().orElseThrow();
            throw new ModelException("tree.cycle", CoreMessages.of("model.tree.cycle.unreachable", "id", stray));
        }
        Map<String, List<Organisation>> frozen = new LinkedHashMap<>();
        children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new OrganisationTree(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(frozen), root);
    }

    public Organisation root() {
        return root;
    }

    public Optional<Organisation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The organisation with that id, or a {@link ModelException} naming it. */
    public Organisation get(String id) {
        Organisation o = byId.get(id);
        if (o == null) {
            throw new ModelException("tree.unknownId", CoreMessages.of("model.tree.unknownId", "id", id));
        }
        return o;
    }

    /** Direct children, in the given order. */
    public List<Organisation> children(String id) {
        List<Organisation> c = children.get(id);
        return c == null ? List.of() : c;
    }

    /** Every organisation, parents before children in the given order. */
    public List<Organisation> all() {
        return List.copyOf(byId.values());
    }

    /** The parent, if any. */
    public Optional<Organisation> parent(String id) {
        Organisation o = get(id);
        return o.parentId() == null ? Optional.empty() : Optional.of(byId.get(o.parentId()));
    }

    public int size() {
        return byId.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationTree t && t.byId.equals(byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "OrganisationTree" + byId.keySet();
    }
}
