// The GitHub workflows are configuration nobody runs locally: these tests hold their promises.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const workflow = (name) => parse(readFileSync(path.join(root, '.github/workflows', name), 'utf8'));

// GitHub expressions, spelled out once (biome would read `${{` in a plain string as a slip).
const expression = (body) => ['$', '{{ ', body, ' }}'].join('');

const ci = workflow('ci.yml');
const release = workflow('release.yml');

describe('CI workflow', () => {
  it('runs every supported Node major: 20, 22 and 24', () => {
    const majors = ci.jobs.ci.strategy.matrix.node.map(String);
    expect(majors).toEqual(expect.arrayContaining(['20', '22', '24']));
  });

  it('runs .ci/run with setup-node on the matrix version', () => {
    const steps = ci.jobs.ci.steps;
    const setupNode = steps.find((step) => String(step.uses).startsWith('actions/setup-node'));
    expect(setupNode?.with?.['node-version']).toBe(expression('matrix.node'));
    expect(steps.some((step) => step.run === 'bash .ci/run')).toBe(true);
  });

  it('is capped well under 20 minutes per run', () => {
    expect(ci.jobs.ci['timeout-minutes']).toBeLessThanOrEqual(20);
  });
});

describe('Release workflow', () => {
  it('is triggered only by a completed CI run on main, never by a bare push', () => {
    expect(Object.keys(release.on)).toEqual(['workflow_run']);
    expect(release.on.workflow_run.workflows).toEqual([ci.name]);
    expect(release.on.workflow_run.types).toEqual(['completed']);
    expect(release.on.workflow_run.branches).toEqual(['main']);
  });

  it('runs every job only when that CI run succeeded for a push', () => {
    for (const [id, job] of Object.entries(release.jobs)) {
      const condition = String(job.if ?? '');
      expect(condition, `job ${id}`).toContain("github.event.workflow_run.conclusion == 'success'");
      expect(condition, `job ${id}`).toContain("github.event.workflow_run.event == 'push'");
    }
  });

  it('publishes exactly the commit CI tested (head_sha), not the current tip of main', () => {
    for (const [id, job] of Object.entries(release.jobs)) {
      const checkout = job.steps.find((step) => String(step.uses).startsWith('actions/checkout'));
      expect(checkout?.with?.ref, `job ${id}`).toBe(
        expression('github.event.workflow_run.head_sha'),
      );
    }
  });
});
