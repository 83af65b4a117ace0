// deno: the shared runtime checks (src/harness/runtime-suite.ts) on the installed tarballs.
import { describeRuntime } from '../src/harness/runtime-suite.js';

describeRuntime('deno', 'aborts at once');
