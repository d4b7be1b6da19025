import { employerIn } from "./src/importer/company.ts";
console.log(employerIn(process.argv[2]!));
