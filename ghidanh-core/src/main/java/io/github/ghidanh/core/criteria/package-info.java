/**
 * The criteria engine: which nominees are eligible under a criteria profile, and why not, clause by
 * clause of the source letter.
 *
 * <p>A {@link io.github.ghidanh.core.criteria.CriteriaProfile} is an ordered list of
 * {@link io.github.ghidanh.core.criteria.Rule}s, each a built-in
 * {@link io.github.ghidanh.core.criteria.RuleType} with its applicability and parameters; build one
 * in code or read it from JSON. {@link io.github.ghidanh.core.criteria.CriteriaEngine#evaluate}
 * gives a {@link io.github.ghidanh.core.criteria.Decision} whose
 * {@link io.github.ghidanh.core.criteria.Reason}s cite the clause ids of
 * {@link io.github.ghidanh.core.criteria.Clauses}. The Bean Validation constraints of
 * {@code io.github.ghidanh.core.validation} run the same rules. See {@code docs/criteria.md}.
 */
package io.github.ghidanh.core.criteria;
