# DL3026: private registry with a port (trusted) and another host with a port (not trusted)
FROM my-company.com:5000/base/python:3.12 AS base
FROM registry.internal:5000/tools:1.0
