/** Assistance targets (enterprises, key projects), their value objects (credit code, industry, scale flags) and the filters of their lists. */
package cn.bangfu.registry.entity;
