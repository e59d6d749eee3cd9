// The floor for the size report: the parts of Lit every element of the kit uses, minified the way
// the CDN files are. What a CDN file weighs beyond this and its content is the kit's own code.
import { css, html, LitElement, nothing, svg } from 'lit';

class Floor extends LitElement {
  static override styles = css`:host { display: block; }`;
  override render() {
    return html`<p>${svg`<g></g>`}${nothing}</p>`;
  }
}
customElements.define('lit-floor', Floor);
