/** The EJBs pages and the API call for enterprises and key projects: scope checks, transactions and auditing. */
package cn.bangfu.registry.boundary;
