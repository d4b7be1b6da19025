import { documentEmployer } from "./src/importer/company.ts";
console.log(documentEmployer(process.argv[2]!));
