/**
 * The workflow of a campaign (CV-1, CV-3, CV-4): {@link io.github.ghidanh.core.workflow.CampaignWorkflow}
 * (evaluate, record, propose, submit, accept or return, correct), the append-only, gap-free
 * {@link io.github.ghidanh.core.workflow.HonourRoll}s, the audit trail of
 * {@link io.github.ghidanh.core.workflow.WorkflowEvent}s and immutable
 * {@link io.github.ghidanh.core.workflow.CampaignState} snapshots. A refused step throws a
 * {@link io.github.ghidanh.core.workflow.WorkflowException} and changes nothing. The workflow is
 * confined to one thread; everything it returns is immutable. See {@code docs/workflow.md}.
 */
package io.github.ghidanh.core.workflow;
