// The floor: the smallest Lit element that does what the benchmark asks of the kit's elements —
// render a heading and some text into a shadow root, and re-render on a checkbox and a radio.
// bench/floor-build.mjs bundles it exactly like the CDN files (Vite, minified, Lit in a chunk beside it).
import { css, html, LitElement } from 'lit';

const CHOICES = ['a', 'b', 'c', 'd', 'e'];

class BareElement extends LitElement {
  static properties = { checked: { type: Boolean }, picked: { type: String } };

  static styles = css`
    :host { display: block; }
  `;

  constructor() {
    super();
    this.checked = false;
    this.picked = 'a';
  }

  render() {
    return html`<h2>Bare Lit element</h2>
      <label><input type="checkbox" .checked=${this.checked} @change=${(e) => (this.checked = e.target.checked)} /> check</label>
      ${CHOICES.map(
        (value) => html`<label><input type="radio" name="level" .value=${value} .checked=${value === this.picked}
            @change=${() => (this.picked = value)} /> ${value}</label>`,
      )}
      <p>${this.checked ? 'checked' : 'unchecked'}, picked ${this.picked}</p>`;
  }
}

customElements.define('bare-element', BareElement);
