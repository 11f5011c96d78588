module example.com/oci-example

go 1.22
