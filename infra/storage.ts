import { tableArgs } from "./table.ts";

/** The one DynamoDB table; every item is partitioned by its owner. */
export const table = new sst.aws.Dynamo("Table", tableArgs($app.stage));
