/**
 * The reader's progress along the path, for the element: saved under `ml-transition-kit:path`
 * (plus `:<profile-group>`), merged entry by entry with what other tabs and elements save, and
 * followed when they save. The first time the reader saves progress, the browser is asked to keep
 * the site's data (`navigator.storage.persist()`); it may still say no, which the UI admits.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forecast } from '../../core/path-forecast.js';
import {
  applyPathAction,
  asideCount,
  emptyProgress,
  markOf,
  mergeProgress,
  PATH_PROGRESS_FORMAT,
  resourceId,
  type Mark,
  type MarkKind,
  type PathAction,
  type PathProgress,
} from '../../core/path-progress.js';
import type { LearningPath } from '../../core/recommend-path.js';
import { createStore, type VersionedStore } from '../../platform/storage.js';
import type { RecordView, TrackerView } from './path-estimate.js';
import type { RecordProblem, RecordTools } from './path-record.js';
import type { ReaderProfile } from '../../platform/profile.js';
import { phaseStatuses } from './path-phase.js';

export const PATH_STORAGE_KEY = 'ml-transition-kit:path';

/** The key for the elements of a profile group: groups keep their progress apart, as their profiles. */
export const pathStorageKey = (group: string) => (group ? `${PATH_STORAGE_KEY}:${group}` : PATH_STORAGE_KEY);

/** Tells the other elements on this page that a key's progress changed (browsers tell only other tabs). */
const page = new EventTarget();

/** Asked once per page: the answer is the browser's for the whole site. */
let persistAsked = false;

function askToPersist(): void {
  if (persistAsked) return;
  persistAsked = true;
  try {
    void globalThis.navigator?.storage?.persist?.().catch(() => undefined);
  } catch {
    // a browser without the Storage API, or one that refuses: the notice and the export remain
  }
}

export class PathTracker implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private store?: VersionedStore<PathProgress>;
  private unsubscribe?: () => void;
  private current: PathProgress = emptyProgress();
  private key = PATH_STORAGE_KEY;
  /** Phases the reader opened or folded; the others follow their status (only the current one is open). */
  private readonly folded = new Map<string, boolean>();

  /** The kit's record: export, import and undo, loaded when a reader first exports or imports. */
  private record?: RecordTools;
  private recordProblem?: RecordProblem;
  private readonly profile: { profile(): ReaderProfile; update(profile: ReaderProfile): void };

  constructor(host: ReactiveControllerHost & HTMLElement & { updateComplete: Promise<unknown> }, profile: PathTracker['profile']) {
    this.host = host;
    this.profile = profile;
    host.addController(this);
  }

  get progress(): PathProgress {
    return this.current;
  }

  /** The notices the element shows about saving, false when there is nothing to say. */
  get status(): { memory: boolean; recovered: boolean; overruled: boolean } {
    return { memory: this.store?.status === 'memory', recovered: Boolean(this.store?.recovered), overruled: Boolean(this.store?.overruled) };
  }

  hostConnected(): void {
    const key = (this.key = pathStorageKey(this.host.getAttribute('profile-group') ?? ''));
    const store = createStore({
      key,
      format: PATH_PROGRESS_FORMAT,
      initial: emptyProgress,
      merge: mergeProgress,
    });
    this.store = store;
    const load = () => {
      this.current = store.read();
      this.host.requestUpdate();
    };
    load();
    const stop = store.subscribe(load);
    page.addEventListener(key, load);
    this.unsubscribe = () => {
      stop();
      page.removeEventListener(key, load);
    };
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Applies `change` to the latest saved progress (this tab's merged with others') and saves it. */
  commit(change: (latest: PathProgress) => PathProgress): void {
    if (!this.store) return; // only a connected element has controls
    this.current = this.store.update(change);
    this.record?.forget();
    askToPersist();
    this.host.requestUpdate();
    page.dispatchEvent(new Event(this.key));
  }

  act(action: PathAction): void {
    this.commit((latest) => applyPathAction(latest, action));
  }

  /** Whether a phase is open: the reader's choice, else only the current one. */
  isOpen(id: string, status: string): boolean {
    return this.folded.get(id) ?? status === 'current';
  }

  toggle(id: string, open: boolean): void {
    if (this.folded.get(id) === open) return;
    this.folded.set(id, open);
    this.host.requestUpdate(); // a phase's body is built only while it is open
  }

  /** Marks a phase, milestone or resource of `path`; phases open now stay open, so none folds away under the reader's focus. */
  mark(path: LearningPath, kind: MarkKind, id: string, mark: Mark | null): void {
    for (const [phase, status] of phaseStatuses(path, this.current)) if (this.isOpen(phase, status)) this.folded.set(phase, true);
    this.act({ type: 'mark', kind, id, mark });
  }

  /** Runs `use` with the record code, or says why nothing changed when it cannot load. */
  private async withRecord(use: (record: RecordTools) => unknown): Promise<void> {
    let module;
    try {
      module = await import('./path-record.js');
    } catch {
      this.recordProblem = 'offline';
      this.host.requestUpdate();
      return;
    }
    const host = this.host as ReactiveControllerHost & HTMLElement & { updateComplete: Promise<unknown> };
    this.record ??= new module.RecordTools({
      profile: () => this.profile.profile(),
      updateProfile: (profile) => this.profile.update(profile),
      progress: () => this.current,
      commitProgress: (change) => this.commit(change),
      requestUpdate: () => this.host.requestUpdate(),
      focus: (selector) =>
        void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus()),
      fail: (problem) => {
        this.recordProblem = problem;
        this.host.requestUpdate();
      },
    });
    await use(this.record);
  }

  private get recordView(): RecordView {
    return {
      problem: this.recordProblem,
      tools: this.record,
      download: () => void this.withRecord((record) => record.download()),
      importFile: (file) => void this.withRecord((record) => record.importFile(file)),
    };
  }

  /** What the tracker block shows for `path`, now. */
  view(path: LearningPath, locale: string): TrackerView {
    const progress = this.current;
    const now = new Date();
    return {
      path,
      progress,
      forecast: forecast(path, progress, now),
      now,
      locale,
      done: path.phases.filter((phase) => markOf(progress, 'phase', phase.id) === 'done').length,
      aside: asideCount(
        progress,
        path.phases.map((phase) => phase.id),
        path.phases.flatMap((phase) => phase.parts.map((part) => resourceId(phase.id, part.resource.id))),
      ),
      logHours: (week, hours) => this.act({ type: 'hours', week, hours }),
      record: this.recordView,
    };
  }
}
