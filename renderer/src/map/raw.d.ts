// Vite (and vitest) serve `?raw` imports as the file's text; TypeScript needs to be told.
declare module '*.geojson?raw' {
  const text: string;
  export default text;
}
