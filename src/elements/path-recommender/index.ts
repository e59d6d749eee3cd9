/** The class only, without registering a tag (`ml-transition-kit/path-recommender`). */
export { PathRecommender, type PathRecommenderChangeDetail } from './path-recommender.js';
