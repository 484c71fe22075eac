/** The EJBs pages and the API call for enterprises and key projects: scope checks, transactions, demo data. */
package cn.bangfu.registry.boundary;
