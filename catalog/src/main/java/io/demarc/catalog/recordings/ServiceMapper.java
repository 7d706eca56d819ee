package io.demarc.catalog.recordings;

import java.util.Set;

/** Turns the recorded reads of one AWS service into drafted configuration items. */
interface ServiceMapper {

    /** The operations it reads, as {@code endpoint.Operation}. */
    Set<String> reads();

    void map(RecordedResponses recording, ItemSink sink);
}
