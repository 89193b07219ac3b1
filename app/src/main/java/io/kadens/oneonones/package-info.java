/**
 * 1:1s and check-ins. The root package is the module's API (services {@link io.kadens.oneonones.OneOnOnes}
 * and {@link io.kadens.oneonones.CheckIns}, records, {@link io.kadens.oneonones.OneOnOneEvents}); the
 * repository is package-private; {@code ui} holds the views.
 */
package io.kadens.oneonones;
