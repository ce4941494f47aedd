// Taps from the home screen to the first remedy of each guide's most common cause, the
// questions answered before the first instruction on every answer path (worst and median), and
// (issue 19) the questions and taps to each remedy that fixes the most common cause, beside the
// same figure on the guides as they were before guides v3 (the frozen copies in tests/fixtures),
// computed from the machines themselves (xstate/graph), so the figures follow the guides.
// The machines are TypeScript: they are loaded through Vite's SSR module loader (no build).
import { withSourceLoader } from '../scripts/sourceLoader.mjs';
import { getShortestPaths } from 'xstate/graph';

function metaOf(machine, snapshot) {
  return machine.root.states[String(snapshot.value)]?.meta;
}

/**
 * Per guide, over every answer path (first question to an end): how many questions come before
 * the first step that is not a question (a remedy, a stop, an info or an end screen), and the
 * most provider calls on any path.
 */
async function questionsBeforeInstruction(load, faults) {
  const kit = await load('/src/faults/shared/guidePaths.testkit.ts');
  const out = {};
  for (const entry of faults) {
    const guide = await entry.load();
    const paths = kit.everyPath(guide);
    const counts = paths.map((p) => kit.questionsBeforeInstruction(p));
    const calls = paths.map((p) => kit.providerCalls(p));
    out[entry.id] = {
      paths: paths.length,
      ...kit.medianAndWorst(counts),
      maxProviderCalls: Math.max(...calls),
    };
  }
  return out;
}

/** The guides as they were before guides v3 (issue 19): frozen copies, [module, export]. */
const BEFORE_GUIDES_V3 = {
  keyError: ['/tests/fixtures/keyError.v5.ts', 'keyErrorGuideV5'],
  securityLock: ['/tests/fixtures/securityLock.v3.ts', 'securityLockGuideV3'],
  pinEntry: ['/tests/fixtures/pinEntry.v4.ts', 'pinEntryGuideV4'],
};

/**
 * Per guide, each remedy of its most common cause (guidePaths.testkit `causeRemedies`): questions
 * and taps from home on the cause's own way, now and before guides v3 (null: not reached then).
 */
async function causeRemedyFigures(load, faults) {
  const kit = await load('/src/faults/shared/guidePaths.testkit.ts');
  const out = {};
  for (const entry of faults) {
    const guide = await entry.load();
    const beforeRef = BEFORE_GUIDES_V3[entry.id];
    const before = beforeRef ? (await load(beforeRef[0]))[beforeRef[1]] : null;
    const then = before ? kit.causeRemedies(before) : [];
    out[entry.id] = {
      cause: guide.commonCause.cause,
      remedies: kit.causeRemedies(guide).map((r, i) => ({
        remedy: guide.commonCause.remedies[i],
        questions: r?.questions ?? null,
        taps: r?.taps ?? null,
        path: r?.path ?? null,
        before: before
          ? {
              version: before.version,
              questions: then[i]?.questions ?? null,
              taps: then[i]?.taps ?? null,
            }
          : null,
      })),
    };
  }
  return out;
}

/**
 * Runs `fn` with the registry and the engine loaded from the sources (Vite's SSR loader).
 * @param {string} root the repository root
 */
function withRegistry(root, fn) {
  return withSourceLoader(root, async (load) =>
    fn(await load('/src/faults/registry.ts'), await load('/src/faults/engine.ts'), load),
  );
}

/** The fault ids of the registry, in its order. @param {string} root */
export function registryFaultIds(root) {
  return withRegistry(root, ({ faultIds }) => [...faultIds]);
}

/**
 * Each guide's most common cause is its `commonCause` (the remedy states that treat it, e.g.
 * key error → restart / sign in again); any of them counts. @param {string} root
 */
export function tapsToFirstRemedy(root) {
  return withRegistry(root, async ({ faults }, { allChoiceEvents }, load) => {
    const out = {};
    for (const entry of faults) {
      const guide = await entry.load();
      const target = guide.commonCause;
      const machine = guide.machine;
      const paths = getShortestPaths(machine, { events: allChoiceEvents(guide) }).filter((p) =>
        target.remedies.includes(String(p.state.value)),
      );
      if (paths.length === 0) throw new Error(`bench/taps: ${entry.id} never reaches ${target}`);
      const best = paths.sort((a, b) => a.steps.length - b.steps.length)[0];
      // steps[0] is the initial state (xstate.init); steps[i] is the state after answer i.
      const states = best.steps.map((s) => String(s.state.value));
      const first = best.steps.findIndex((s) => metaOf(machine, s.state)?.kind === 'remedy');
      out[entry.id] = {
        cause: target.cause,
        firstRemedy: states[first],
        // The home card opens the first question (1 tap), then one tap per answer.
        taps: 1 + first,
        // Taps to the common cause's own remedy (may come after look-only checks).
        tapsToOwnRemedy: best.steps.length,
        ownRemedy: states[states.length - 1],
        path: best.steps.slice(1, first + 1).map((s, i) => `${states[i]} —${s.event.type}→`),
      };
    }
    return {
      taps: out,
      questions: await questionsBeforeInstruction(load, faults),
      cause: await causeRemedyFigures(load, faults),
    };
  });
}
