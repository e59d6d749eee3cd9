// Writes each *zh-Hant.json from its zh-CN twin (see scripts/zh-hant.ts). Run it after
// changing any zh-CN file or src/content/zh-Hant-overrides.json, and commit what it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module: zhHant } = await runnerImport('./scripts/zh-hant.ts');
for (const file of zhHant.ZH_CN_FILES) {
  const zhCn = JSON.parse(readFileSync(file, 'utf8'));
  const target = zhHant.zhHantFile(file);
  writeFileSync(target, `${JSON.stringify(zhHant.toZhHant(zhCn, file), null, 2)}\n`);
  console.log(`gen:zh-hant: ${target}`);
}
