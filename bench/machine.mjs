// What the figures were measured on: a reader comparing their own run needs this next to them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';

export function machine(chromiumVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    // availableParallelism honours CPU affinity/limits, which is what the browser can actually use.
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    chromium: chromiumVersion,
    node: process.version,
  };
}

/**
 * Which build was measured: dist/cdn is rebuilt often, so the figures name the file's hash and
 * time and the commit it came from (flagging uncommitted changes under src/). `copy` is where the
 * measured copy of `file` lies.
 */
export function buildInfo(root, file, copy) {
  const bytes = readFileSync(copy);
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined; // not a git checkout (e.g. an unpacked tarball)
    }
  };
  const status = git('status', '--porcelain', '--', 'src');
  return {
    file: file.slice(1),
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    modified: statSync(copy).mtime.toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    srcChanged: status === undefined ? undefined : status !== '',
  };
}
