// npm + any bundler (Vite, webpack, Rollup, esbuild): lit is shared with your app.
import 'ml-transition-kit/skill-mapper/define'; // registers <skill-mapper> only
import { PathRecommender } from 'ml-transition-kit/path-recommender'; // the class, nothing registered

PathRecommender.define('career-path'); // your own tag, if <path-recommender> is taken

document.addEventListener('path-recommender-change', (event) => {
  // Analytics hook: the reader's new inputs and estimate.
  console.log(event.detail.inputs.level, event.detail.weeks);
});
