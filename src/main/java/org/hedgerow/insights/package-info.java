/**
 * What the network achieves and where it falls short, for the facilitators who plan it: the gap map (supply
 * against demand per locality and category or need), referral flows between providers, the network's health
 * (isolated providers, brokers, overloaded and stale listings, places with nothing green) and outcomes.
 * Aggregates only, each computed live in one Cypher statement that also decides who may see it; counts of people
 * or referrals from 1 to 4 leave this module as {@code "<5"}, so no participant is identifiable in any of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network insights")
@org.jspecify.annotations.NullMarked
package org.hedgerow.insights;
