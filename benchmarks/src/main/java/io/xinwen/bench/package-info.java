/** JMH benchmarks for xinwen. */
package io.xinwen.bench;
