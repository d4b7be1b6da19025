import { bundleHandler } from "./bundle.ts";
const b = await bundleHandler("rest", "/tmp/restbundle");
console.log(JSON.stringify(Object.keys(b)), (b as any).file);
