/**
 * Connects an element to the reader's profile: the one an application provides through
 * @lit/context, else the page-wide profile of the element's `profile-group`. The host re-renders
 * whenever the profile changes, from this element, another element or another tab, unless it
 * says which part of the profile it shows and that part is unchanged: a level picked in the path
 * then costs the skill map and the checklist nothing.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageProfile, PROFILE_CHANGE, profileContext, type ProfileSource, type ReaderProfile } from './profile.js';

type Host = ReactiveControllerHost & HTMLElement;

/** `initial` is true when the element first connects to a profile, false for later changes. */
export type ProfileListener = (profile: ReaderProfile, initial: boolean) => void;

/** The part of the profile an element shows, as JSON-able values; by default all of it. */
export type ProfileView = (profile: ReaderProfile) => unknown;

export class ProfileController implements ReactiveController {
  private readonly host: Host;
  private readonly onChange: ProfileListener;
  private readonly shows: ProfileView;
  /** The part of the profile the host's last render showed (see `shown`). */
  private rendered?: string;
  private provided?: ProfileSource;
  private source?: ProfileSource;

  /** `onChange` runs on connecting and whenever the profile changes elsewhere (not for own updates). */
  constructor(host: Host, onChange: ProfileListener, shows: ProfileView = (profile) => profile) {
    this.host = host;
    this.onChange = onChange;
    this.shows = shows;
    // Created first so the provider (if any) has answered before hostConnected below runs.
    new ContextConsumer(host, {
      context: profileContext,
      subscribe: true,
      callback: (source) => {
        this.provided = source;
        if (this.host.isConnected) this.attach(source);
      },
    });
    host.addController(this);
  }

  get profile(): ReaderProfile {
    return this.current().profile;
  }

  /** 'memory' when the reader's choices cannot be saved beyond this page. */
  get status() {
    return this.current().status;
  }

  update(patch: Partial<ReaderProfile>): void {
    const source = this.current();
    source.removeEventListener(PROFILE_CHANGE, this.handleChange);
    try {
      source.update(patch);
    } finally {
      source.addEventListener(PROFILE_CHANGE, this.handleChange);
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.attach(this.provided ?? pageProfile(this.host.getAttribute('profile-group') ?? ''));
  }

  hostUpdate(): void {
    this.rendered = this.shown();
  }

  hostDisconnected(): void {
    this.source?.removeEventListener(PROFILE_CHANGE, this.handleChange);
    this.source = undefined;
  }

  private current(): ProfileSource {
    return this.source ?? this.provided ?? pageProfile(this.host.getAttribute('profile-group') ?? '');
  }

  private attach(source: ProfileSource): void {
    if (source === this.source) return;
    this.source?.removeEventListener(PROFILE_CHANGE, this.handleChange);
    this.source = source;
    source.addEventListener(PROFILE_CHANGE, this.handleChange);
    this.onChange(source.profile, true);
    this.host.requestUpdate();
  }

  /** The part of the profile on screen, with whether it can be saved (the host may say it cannot). */
  private shown(): string {
    const source = this.current();
    return JSON.stringify([source.status, this.shows(source.profile)]);
  }

  private readonly handleChange = () => {
    this.onChange(this.current().profile, false);
    if (this.shown() !== this.rendered) this.host.requestUpdate();
  };
}
