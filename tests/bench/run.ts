import { cpus, totalmem } from 'node:os';
import { runMatcherBench } from './matcher.bench';
import { runPageBench } from './page.bench';
import { runPopupBench } from './popup.bench';
import { fmt } from './measure';
import { runSnippetsBench } from './snippets.bench';
import { runSnippetsPanelBench } from './snippets-panel.bench';

/** `npm run bench`: every benchmark, printed as Markdown tables ready for the README. */
const log = (line: string) => console.log(line);
log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`);
log('');
const rows = runMatcherBench(log);
log('');
log('| corpus | dictionary | engine | MB/s | matches |');
log('|---|---|---|---:|---:|');
for (const r of rows) log(`| ${r.corpus} | ${r.dictionary} | ${r.engine} | ${fmt(r.mbPerSecond, 1)} | ${r.matches} |`);
log('');
await runPageBench(log);
log('');
const snippetRows = [...runSnippetsBench(log), ...(await runSnippetsPanelBench(log))];
log('');
log('| 10,000 snippets | ms | |');
log('|---|---:|---|');
for (const r of snippetRows) log(`| ${r.step} | ${fmt(r.ms, r.ms < 10 ? 1 : 0)} | ${r.note} |`);
log('');
await runPopupBench(log);
