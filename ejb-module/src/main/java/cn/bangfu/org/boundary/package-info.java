/** Entry points for regions, units, accounts and sign-in; each checks role and scope. */
package cn.bangfu.org.boundary;
