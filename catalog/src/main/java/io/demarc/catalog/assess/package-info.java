/**
 * The offline assessment: the catalog and the engine run on local files (AWS Config items in any shape, recorded API
 * responses as directories or zips), no server needed. Used by {@code ./demarc assess} and reusable by the services.
 */
package io.demarc.catalog.assess;
