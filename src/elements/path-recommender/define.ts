/** Registers `<path-recommender>`: the side-effect entry (`ml-transition-kit/path-recommender/define`). */
import { PathRecommender } from './path-recommender.js';

PathRecommender.define();

export { PathRecommender };
