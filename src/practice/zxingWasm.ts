/**
 * The ZXing reader's WebAssembly: its address in the build (Vite `?url`, a file of dist/assets,
 * served from our origin). A module of its own so that unit tests can stand in for it.
 */
export { default as ZXING_WASM_URL } from 'zxing-wasm/reader/zxing_reader.wasm?url';
