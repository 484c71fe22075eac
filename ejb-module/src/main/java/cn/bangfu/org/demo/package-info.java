/** Demo mode's organisation: 平江县 and its neighbour, their units and an account for every role. */
package cn.bangfu.org.demo;
