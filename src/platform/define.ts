import { VERSION } from '../version.js';

type ElementClass = CustomElementConstructor & { version?: string };

/**
 * Registers `ctor` under `tag` unless the tag is taken, so loading a script twice (two module
 * instances, e.g. a CDN copy and a bundled copy) is harmless. Warns only when the tag holds a
 * different version, which is the case an embedder may want to know about.
 * Returns the class that ends up registered, or undefined where there is no registry (Node).
 */
export function defineElement(
  tag: string,
  ctor: ElementClass,
  registry: CustomElementRegistry | null | undefined = globalThis.customElements,
): CustomElementConstructor | undefined {
  if (!registry) return undefined;
  const existing = registry.get(tag) as ElementClass | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== VERSION) {
      console.warn(`ml-transition-kit: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; keeping it and ignoring ${VERSION}.`);
    }
    return existing;
  }
  try {
    // A class may be registered under one name only; a second name gets its own subclass.
    const alreadyNamed = registry.getName?.(ctor) != null;
    const toDefine = alreadyNamed ? class extends (ctor as unknown as typeof HTMLElement) {} : ctor;
    registry.define(tag, toDefine);
    return toDefine;
  } catch (error) {
    console.warn(`ml-transition-kit: could not define <${tag}>: ${String(error)}`);
    return undefined;
  }
}
