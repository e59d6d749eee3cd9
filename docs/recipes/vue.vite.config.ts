// vite.config.ts: tell Vue's compiler that the kit's tags are custom elements, not Vue components
// (without it, dev mode warns "Failed to resolve component: skill-mapper").
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const KIT_TAGS = ['skill-mapper', 'path-recommender', 'transition-checklist'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => KIT_TAGS.includes(tag) } } })],
});
