/**
 * Read models of the official documents (directive letter, cell report, proposal list, honour
 * roll, ward summary, certificates) and their builder {@link io.github.ghidanh.core.view.ReadModels}:
 * every number, status and sentence is computed here so that the reporting module only lays them
 * out. See {@code docs/workflow.md}.
 */
package io.github.ghidanh.core.view;
