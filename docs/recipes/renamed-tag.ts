// TypeScript knows the kit's own tags; a tag you choose needs one line to be typed the same way.
import { PathRecommender } from 'ml-transition-kit/path-recommender';

PathRecommender.define('career-path');
declare global { interface HTMLElementTagNameMap { 'career-path': PathRecommender } }

document.querySelector('career-path')?.addEventListener('path-recommender-change', (event) => console.log(event.detail.weeks));
