/** Assistance targets (enterprises, key projects) and their value objects: credit code, industry, scale flags. */
package cn.bangfu.registry.entity;
