/**
 * Read models of the official documents (directive letter, cell report, proposal list, honour
 * roll, ward summary, certificates) and their builders ({@link io.github.ghidanh.core.view.ReadModels},
 * {@link io.github.ghidanh.core.view.DirectiveLetters}): every number, status and sentence is computed
 * here so that the reporting module only lays them out. See {@code docs/workflow.md}.
 */
package io.github.ghidanh.core.view;
