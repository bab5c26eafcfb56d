/** Worker thread: checks a share of the agreement files and sends back the results. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkAgreementFile } from './agreement-file.ts';

const { root, files } = workerData as { root: string; files: { id: string; path: string }[] };
parentPort!.postMessage(files.map(({ id, path }) => checkAgreementFile(root, id, path)));
