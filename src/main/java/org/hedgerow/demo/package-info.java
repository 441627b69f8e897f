/**
 * Networks to try Hedgerow on: the Derby and Derbyshire demo network, loaded on first start into an empty
 * store, and a synthetic national-scale network for benchmarks. Both are written as {@code UNWIND}
 * batches through one {@link org.hedgerow.demo.NetworkWriter}. The demo's year of history goes through the
 * referral, connections and noticeboard modules' own writers instead ({@link org.hedgerow.demo.DemoHistory}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo and synthetic networks")
@org.jspecify.annotations.NullMarked
package org.hedgerow.demo;
