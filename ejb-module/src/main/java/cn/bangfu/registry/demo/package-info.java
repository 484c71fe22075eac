/** Demo mode's registry: the county's enterprises, key projects and cadres, loaded at start after the organisation. */
package cn.bangfu.registry.demo;
